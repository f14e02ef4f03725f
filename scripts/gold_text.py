"""Plain text of an already-extracted article HTML (Readability's expected.html):
one paragraph per block element, blank line between paragraphs."""
import html, re, sys
from html.parser import HTMLParser

BLOCKS = {"p","div","li","h1","h2","h3","h4","h5","h6","blockquote","pre","tr","figcaption","section","article","br","table","ul","ol","dd","dt"}
SKIP = {"script","style","noscript"}

class Dump(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.skip = [], [], 0
    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t: self.paras.append(t)
        self.cur = []
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        elif tag in BLOCKS: self.flush()
    def handle_endtag(self, tag):
        if tag in SKIP: self.skip = max(0, self.skip-1)
        elif tag in BLOCKS: self.flush()
    def handle_data(self, d):
        if not self.skip: self.cur.append(d)

d = Dump(); d.feed(open(sys.argv[1], encoding="utf-8", errors="replace").read()); d.flush()
sys.stdout.write("\n\n".join(d.paras) + "\n")
