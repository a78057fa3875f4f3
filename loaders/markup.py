"""Markup to plain text: HTML pages (boilerplate removed) and Markdown, with titles and dates."""

from __future__ import annotations

import datetime as dt
import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser, LexborNode as Node

from kg.loaders.dates import parse_date

_BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, button, template"
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt"
_BLOCK_TAGS = frozenset(t.strip() for t in _BLOCKS.split(","))
_DATE_META = (
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]',
    'meta[itemprop="datePublished"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]',
)
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


def _clean(s: str) -> str:
    return _WS.sub(" ", s.replace("\n", " ")).strip()


def _has_block_ancestor(node: Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.parent
    return False


def html_to_text(html: str) -> tuple[str | None, dt.date | None, str]:
    """(title, published date, body text) of an HTML page.

    Navigation, headers, footers, scripts, styles and asides are dropped; the text of the
    `<article>` (else `<main>`, else `<body>`) is kept as paragraphs separated by blank lines.
    """
    tree = HTMLParser(html)
    title = None
    node = tree.css_first("title") or tree.css_first('meta[property="og:title"]')
    if node is not None:
        title = _clean(node.text() if node.tag == "title" else node.attributes.get("content") or "") or None
    published = None
    for sel in _DATE_META:
        meta = tree.css_first(sel)
        if meta is not None and (published := parse_date(meta.attributes.get("content"))):
            break
    if published is None:
        for t in tree.css("time"):
            if published := parse_date(t.attributes.get("datetime") or t.text()):
                break
    return title, published, _body_text(tree)


def _body_text(tree: HTMLParser) -> str:
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_BOILERPLATE):
        node.decompose()
    blocks = [b for b in root.css(_BLOCKS) if not _has_block_ancestor(b)]
    if not blocks:
        return _clean(root.text(deep=True, separator=" "))
    paras = (_clean(b.text(deep=True, separator="")) for b in blocks)
    return "\n\n".join(p for p in paras if p)


def fragment_to_text(html: str) -> str:
    """Plain text of an HTML fragment such as a feed entry's content."""
    if "<" not in html:
        return html.strip()
    return _body_text(HTMLParser(f"<html><body>{html}</body></html>"))


_MD_RULES = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),              # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),             # reference links
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),      # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),                         # inline code
    (re.compile(r"<[^>\n]+>"), ""),                            # inline html
]
_MD_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")
_MD_DROP = re.compile(r"^\s*(?:```.*|~~~.*|[-*_=]{3,}\s*|\[[^\]]+\]:\s*\S+.*)$")


def markdown_to_text(md: str) -> tuple[str | None, str]:
    """(title, plain text) of a Markdown document.

    The title is the first heading, else the first non-empty line when it is short and has no
    closing punctuation. Syntax is stripped line by line, so paragraphs stay where they were.
    """
    out, title = [], None
    for line in md.splitlines():
        if _MD_DROP.match(line):
            out.append("")
            continue
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        text = _MD_LINE.sub("", line)
        for pattern, repl in _MD_RULES:
            text = pattern.sub(repl, text)
        text = text.rstrip()
        if title is None and text.strip():
            if heading or (len(text) < 150 and not text.endswith((".", "!", "?", ":"))):
                title = text.strip()
            else:
                title = ""
        out.append(text)
    return (title or None), "\n".join(out).strip("\n")
