"""Stage 2: one spaCy Doc per article, and the components that find facts in it.

Components run in this order and each may read what the earlier ones wrote:
admin units -> officials and organizations -> quantities -> directives.
Each writes record classes (`extract.record`) to a Doc extension, with
mentions as ``Mention("doc", start, end)`` character offsets into the Doc
text; the record stage maps them back to title, summary and text.
"""

from extract.nlp.pipeline import build_nlp, doc_for_page, shared_nlp

__all__ = ["build_nlp", "doc_for_page", "shared_nlp"]
