"""The @dataclass decorator, which generates __init__, __repr__, __eq__, ordering and hashing
methods from a class's annotated fields, plus field(), fields(), asdict(), astuple(),
replace() and is_dataclass() (embedded into mnemo from lib/dataclasses.py).

Methods are generated as source text and exec'd, so they are ordinary functions whose
errors read as CPython's (`Point.__init__() missing 1 required positional argument: 'y'`)."""

from reprlib import recursive_repr as _recursive_repr

__all__ = ["FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "Field", "asdict",
           "astuple", "dataclass", "field", "fields", "is_dataclass", "make_dataclass",
           "replace"]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ but not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Everything @dataclass knows about one field."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr()
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func is not None:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default_factory (a zero-argument callable), and
    whether it appears in __init__, __repr__, comparisons and the hash."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ==== introspection helpers ====

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass (a type or an instance)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary, recursing into
    dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple, recursing into
    dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# ==== collecting fields ====

# String annotations ('ClassVar[int]') are not resolved: CPython only recognizes them when
# the typing module has been imported, and mnemo has none.
def _is_classvar(annotation):
    return repr(annotation).startswith('typing.ClassVar')


def _is_initvar(annotation):
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    # Returns True (and leaves the class alone) if the class defines name itself.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# ==== generating methods ====

def _create_fn(cls, name, params, body, namespace):
    """exec a function definition; its __qualname__ is made cls.__qualname__.name."""
    lines = ['def %s(%s):' % (name, ', '.join(params))]
    lines.extend('    ' + line for line in (body or ['pass']))
    exec('\n'.join(lines) + '\n', namespace)
    fn = namespace[name]
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return fn


def _field_assign(frozen, name, value):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (name, value)
    return 'self.%s = %s' % (name, value)


def _field_init(f, frozen, namespace):
    default_name = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        namespace[default_name] = f.default_factory
        if f.init:
            value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s'
                     % (default_name, f.name, f.name))
        else:
            value = '%s()' % default_name
    elif f.init:
        if f.default is not MISSING:
            namespace[default_name] = f.default
        value = f.name
    elif f.default is not MISSING:
        namespace[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return '%s=__dataclass_dflt_%s__' % (f.name, f.name)
    return '%s=__dataclass_HAS_DEFAULT_FACTORY__' % f.name


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    namespace = {'MISSING': MISSING, '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    body = []
    for f in all_fields:
        line = _field_init(f, frozen, namespace)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('self.%s(%s)' % (_POST_INIT_NAME, initvars))
    params = ['self'] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn(cls, '__init__', params, body, namespace)


def _repr_fn(cls, flds):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in flds)
    fn = _create_fn(cls, '__repr__', ['self'],
                    ['return self.__class__.__qualname__ + f"(%s)"' % parts], {})
    return _recursive_repr()(fn)


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(%s,)' % ', '.join('%s.%s' % (obj_name, f.name) for f in flds)


def _cmp_fn(cls, name, op, flds):
    body = ['if other.__class__ is self.__class__:',
            '    return %s %s %s' % (_tuple_str('self', flds), op, _tuple_str('other', flds)),
            'return NotImplemented']
    return _create_fn(cls, name, ['self', 'other'], body, {})


def _hash_fn(cls, flds):
    return _create_fn(cls, '__hash__', ['self'],
                      ['return hash(%s)' % _tuple_str('self', flds)], {})


def _frozen_methods(cls, flds):
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ''.join('%r, ' % f.name for f in flds) + ')'
    check = 'if type(self) is cls or name in %s:' % names
    setter = _create_fn(cls, '__setattr__', ['self', 'name', 'value'], [
        check,
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], namespace)
    deleter = _create_fn(cls, '__delattr__', ['self', 'name'], [
        check,
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], namespace)
    return setter, deleter


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_doc(cls, init_fields):
    params = []
    kw_started = False
    for f in init_fields:
        if f.kw_only and not kw_started:
            params.append('*')
            kw_started = True
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    return '%s(%s)' % (cls.__name__, ', '.join(params))


# ==== the decorator ====

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
                if all_frozen_bases is None:
                    all_frozen_bases = True
            else:
                all_frozen_bases = False

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    field_kw_only = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            kw_only_seen = True
            field_kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, field_kw_only))

    for f in cls_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in init_fields if f.kw_only]
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, init_fields, [f for f in std_init_fields if f.init],
                                    [f for f in kw_only_init_fields if f.init], frozen,
                                    has_post_init))

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))

    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', compared))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        setter, deleter = _frozen_methods(cls, field_list)
        for fn in (setter, deleter):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    _set_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, field_list)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, field_list, weakref_slot)
    return cls


def _set_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, field_list):
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _hash_fn(cls, hashed)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _hash_fn(cls, hashed)
        else:
            cls.__hash__ = None


def _add_slots(cls, field_list, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    names = tuple(f.name for f in field_list)
    if weakref_slot:
        names += ('__weakref__',)
    namespace = dict(cls.__dict__)
    namespace['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class; usable bare
    (@dataclass) or with arguments (@dataclass(frozen=True))."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Return a new dataclass named cls_name; fields holds names, (name, type) or
    (name, type, Field) entries."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = annotation
    namespace['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, **options)
