# glass: heavy (thousands of calls into the Python-source textwrap module: the golden run audits every statement; the labelled sweep would take many minutes)
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known phrase, it "
        "contains every letter of the alphabet -- useful for testing type-faces and "
        "keyboards.  Supercalifragilisticexpialidocious words get broken.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap('one-two-three-four five', 8))
print(textwrap.wrap('a--b c---d e --f', 3))
print(textwrap.wrap('Hello there.  How are you? Fine!', 15, fix_sentence_endings=True))
print(textwrap.wrap('tabs\there\tand\tthere', 12))
print(textwrap.wrap('tabs\there', 20, tabsize=4, expand_tabs=True))
print(textwrap.wrap('keep\nnew\nlines', 40, replace_whitespace=False))
print(textwrap.wrap('   leading and trailing   ', 10))
print(textwrap.wrap('   leading and trailing   ', 10, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.shorten('Hello  world!   Nice to see you.', 12))
print(textwrap.shorten('Hello  world!', 40))
print(textwrap.shorten(text, 50, placeholder=' (more)'))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.shorten('hello world', 3)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

block = '''
    def f():
        return 1

    \t
    x = 2
'''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(repr(textwrap.dedent('\ta\n  b')))
print(repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.dedent('   \n  x\n   \n')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
print(repr(textwrap.indent('x\r\ny', '# ')))
w = textwrap.TextWrapper(width=15, initial_indent='- ')
print(w.wrap('a list item that is long enough'), w.width)
print(w.fill('short'))
