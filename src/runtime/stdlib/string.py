"""String constants, capwords and $-substitution templates."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Each word capitalized, joined by sep (a single space when sep is None)."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_IDSTART = '_' + ascii_letters
_IDCHARS = _IDSTART + digits


class Template:
    """A string with $name and ${name} placeholders ($$ is a dollar)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, lookup, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + 1
            if k < n and t[k] == '$':
                out.append('$')
                i = k + 1
                continue
            braced = k < n and t[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and t[end] in _IDSTART:
                end += 1
                while end < n and t[end] in _IDCHARS:
                    end += 1
            name = t[start:end]
            if name and (not braced or (end < n and t[end] == '}')):
                stop = end + 1 if braced else end
                value = lookup(name, t[j:stop])
                out.append(value)
                i = stop
                continue
            if safe:
                out.append('$')
                i = k
                continue
            lines = t[:j].split('\n')
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (len(lines), len(lines[-1]) + 1))
        return ''.join(out)

    def substitute(self, mapping=None, **kws):
        """The template with every placeholder replaced (KeyError for a missing one)."""
        values = _merge(mapping, kws)
        return self._scan(lambda name, text: str(values[name]), False)

    def safe_substitute(self, mapping=None, **kws):
        """The template with the placeholders that have values replaced; the rest left as they are."""
        values = _merge(mapping, kws)

        def lookup(name, text):
            if name in values:
                return str(values[name])
            return text
        return self._scan(lookup, True)

    def get_identifiers(self):
        """The names of the valid placeholders, in order, each once."""
        names = []

        def lookup(name, text):
            if name not in names:
                names.append(name)
            return ''
        self._scan(lookup, True)
        return names

    def is_valid(self):
        """Whether substitute could succeed (no invalid placeholder)."""
        try:
            self._scan(lambda name, text: '', False)
        except ValueError:
            return False
        return True


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    values = dict(mapping)
    values.update(kws)
    return values
