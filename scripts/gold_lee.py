"""Round-5 gold texts from the Lee corpus (ABC Australia news, 2001-2002), as shipped in
the test data of gensim 4.4.0 on PyPI (`gensim/test/test_data/lee_background.cor`, one
article per line).

Usage: python3 scripts/gold_lee.py path/to/lee_background.cor tests/gold/texts/

Writes `lee-NNN.txt` (NNN = the line number from 0) for every article with at least four
straight quote marks. The corpus flattened each article to one line; the one paragraph
break that still shows is restored: a quote mark that opens a quote while another is
open means the open quote ran to the end of its paragraph (news style: a quotation over
several paragraphs has no closing mark until the last). Nothing else is changed.
"""
import sys


def is_opener(line, i):
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    return (prev.isspace() or prev in "([") and not nxt.isspace()


def restore(line):
    out, open_ = [], False
    for i, ch in enumerate(line):
        if ch == '"':
            if is_opener(line, i):
                if open_:
                    while out and out[-1] == " ":
                        out.pop()
                    out.append("\n\n")
                open_ = True
            else:
                open_ = False
        out.append(ch)
    return "".join(out)


def main(corpus, outdir):
    lines = open(corpus, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines):
        if line.count('"') >= 4:
            with open(f"{outdir}/lee-{n:03d}.txt", "w", encoding="utf-8") as f:
                f.write(restore(line.strip()) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
