# Inheritance, overriding and super() chains.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' says ' + self.sound

    def kind(self):
        return 'animal'


class Dog(Animal):
    sound = 'woof'

    def kind(self):
        return 'dog/' + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def kind(self):
        return 'puppy/' + super().kind()

    def speak(self):
        return super(Puppy, self).speak() + '!'


d = Dog('rex')
p = Puppy('bit', 1)
print(d.speak(), d.kind())
print(p.speak(), p.kind(), p.age)
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print(isinstance(p, Dog), isinstance(d, Puppy), isinstance(p, (int, str)))
print(Puppy.mro())
print(object.__bases__, object.__mro__)
print(type.__mro__, type(type), type(object))
print(Animal.__subclasses__(), Dog.__subclasses__())


class Base:
    def __init__(self):
        print('Base.__init__')


class Derived(Base):
    pass


Derived()
print(type(Derived()).__name__)
