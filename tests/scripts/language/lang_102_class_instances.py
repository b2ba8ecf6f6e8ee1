class Account:
    interest = 0.5
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds')
        self.balance -= amount
        self.history.append(('wd', amount))
        return self
    def __repr__(self):
        return 'Account(%r, %r)' % (self.owner, self.balance)
acct = Account('ann', 10)
acct.deposit(5).withdraw(3)
print(acct, acct.history)
for bad in [lambda: acct.deposit(-1), lambda: acct.withdraw(1000)]:
    try:
        bad()
    except ValueError as e:
        print('error:', e)
accounts = [Account(n, i * 10) for i, n in enumerate('xyz')]
print(sorted(accounts, key=lambda a: -a.balance))
print(sum(a.balance for a in accounts), Account.interest, acct.interest)
print(isinstance(acct, Account), type(acct) is Account, Account.__init__.__qualname__)
