"""Optional bridges to the tools users already have: Scrapy, BeautifulSoup, underthesea.

Each bridge imports its tool only when used, so the default install pulls
none of them:

- `extract.integrations.scrapy.RecordPipeline`: a Scrapy item pipeline
  (``pip install 'vnextract[scrapy]'``);
- `extract.integrations.soup.markup_of`: BeautifulSoup and lxml objects as
  input to `extract.from_html` (``pip install 'vnextract[bs4]'``);
- `extract.integrations.underthesea`: a spaCy component putting
  underthesea's words, POS tags and named entities on our Doc
  (``extract.nlp(extras=["underthesea"])``, ``pip install 'vnextract[underthesea]'``).
"""
