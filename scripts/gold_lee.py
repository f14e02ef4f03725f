"""Round-5 gold texts from the Lee corpus (ABC Australia news, 2001-2002), as shipped in
the test data of gensim 4.4.0 on PyPI (`gensim/test/test_data/lee_background.cor`, one
article per line).

Usage: python3 scripts/gold_lee.py path/to/test_data/ tests/gold/texts/

Writes `lee-NNN.txt` (NNN = the line number of `lee_background.cor`, from 0) for every article
with at least two straight quote marks, and `lee-test-NN.txt` for those of `lee.cor` (50 more
articles, Windows-1252). Round 5 used the background articles with four or more marks, round 6
the rest (less two near-duplicates of articles already used, removed by hand). The corpus flattened each article to one line; the one paragraph
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


def write(lines, name, outdir):
    for n, line in enumerate(lines):
        if line.count('"') >= 2:
            with open(f"{outdir}/{name(n)}.txt", "w", encoding="utf-8") as f:
                f.write(restore(line.strip()) + "\n")


def main(data, outdir):
    background = open(f"{data}/lee_background.cor", encoding="utf-8").read().splitlines()
    write(background, lambda n: f"lee-{n:03d}", outdir)
    test = open(f"{data}/lee.cor", encoding="cp1252").read().splitlines()
    write(test, lambda n: f"lee-test-{n:02d}", outdir)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
