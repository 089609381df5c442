"""Text wrapping and filling: glasspy's textwrap, written in Python.

The lines are CPython's: text is cut into the same chunks (whitespace
runs; words, broken after the hyphens of hyphenated words; em-dashes)
and the chunks are packed into lines by the same rules. CPython finds
the chunks with regular expressions; glasspy has no re module, so a
scanner here follows those expressions character by character.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _expandtabs(s, tabsize):
    out = []
    col = 0
    for c in s:
        if c == '\t':
            if tabsize > 0:
                n = tabsize - col % tabsize
                out.append(' ' * n)
                col += n
        elif c == '\n' or c == '\r':
            out.append(c)
            col = 0
        else:
            out.append(c)
            col += 1
    return ''.join(out)


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return _is_word_char(c) and not c.isdigit()


def _is_punct_word(c):
    # [\w!"'&.,?]: what may stand before an em-dash or a hyphen break
    return _is_word_char(c) or c in '!"\'&.,?'


def _letter_at(s, i):
    return 0 <= i < len(s) and _is_letter(s[i])


def _split_on_hyphens(text):
    """The chunks of CPython's wordsep_re: whitespace runs, em-dashes
    between words, words (each hyphenated part ending in its hyphen)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_punct_word(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word_char(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # a word: the shortest run of non-whitespace that ends after the
        # hyphen of a hyphenated word, before whitespace or the end, or
        # before an em-dash
        j = i + 1
        while True:
            if j < n and text[j] == '-' and _hyphen_break(text, j):
                j += 1
                break
            if j >= n or text[j] in _whitespace:
                break
            if text[j] == '-' and _is_punct_word(text[j - 1]):
                k = j
                while k < n and text[k] == '-':
                    k += 1
                if k - j >= 2 and k < n and _is_word_char(text[k]):
                    break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_break(text, h):
    """Whether the hyphen at h ends a part of a hyphenated word: two
    letters (or letter-hyphen-letter) before it, a letter, an optional
    hyphen and a letter after it."""
    before = (_letter_at(text, h - 2) and _letter_at(text, h - 1)) or \
             (_letter_at(text, h - 3) and text[h - 2:h - 1] == '-' and _letter_at(text, h - 1))
    if not before:
        return False
    if not _letter_at(text, h + 1):
        return False
    return _letter_at(text, h + 2) or (text[h + 2:h + 3] == '-' and _letter_at(text, h + 3))


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _whitespace
        j = i
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text. The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = _expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            text = ''.join([' ' if c in _whitespace else c for c in text])
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_on_hyphens(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wraps the single paragraph in text: a list of lines of at most
        self.width characters, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fills the single paragraph in text: the wrapped lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading(line):
    """The leading spaces and tabs of a line."""
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines of only spaces and tabs are made empty; they do not count
    towards the common margin."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and _leading(line) == line:
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        ind = _leading(line)
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text' (by
    default those that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line for line in text.splitlines(True)])
