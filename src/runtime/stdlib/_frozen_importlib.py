"""What the import system records about a module it loaded from a file:
its ModuleSpec (made on the first import of a user's module)."""


class ModuleSpec:
    """The specification of one module: its name, where it came from, and
    for a package where its submodules are looked for."""

    def __init__(self, name, loader, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = None
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:
            args.append('origin=' + repr(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=' + repr(self.submodule_search_locations))
        return 'ModuleSpec(' + ', '.join(args) + ')'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations)


def _spec_from_file(name, origin, path):
    """The spec of a module read from `origin` (None: a namespace package),
    sharing the package's __path__ list `path` (None: not a package)."""
    spec = ModuleSpec(name, None, origin=origin)
    spec.submodule_search_locations = path
    return spec
