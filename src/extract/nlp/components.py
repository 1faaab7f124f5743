"""Our components by name, in the order they run, and the record path that runs them.

`read_facts` is what `extract.from_text` and the batch workers run: each
component over an `Article` (`extract.nlp.article`), never a spaCy Doc, so
spaCy is not imported (0.6-0.8 s at every start of a process, a batch worker's
included) and no Doc is built per article. `extract.nlp.pipeline` registers the
same classes as spaCy factories, for users who want a Doc and ``doc.ents``.
"""

from __future__ import annotations

from functools import cache

from extract.nlp.article import article_of
from extract.nlp.deadlines import DeadlineFinder
from extract.nlp.directives import DirectiveRecognizer
from extract.nlp.extensions import FACT_EXTENSIONS, context_of, facts_of
from extract.nlp.officials import OfficialRecognizer
from extract.nlp.organizations import OrganizationRecognizer
from extract.nlp.quantities import QuantityFinder
from extract.nlp.units import AdminUnitRecognizer
from extract.page import Page

# factory name -> component class, in the order they run: each may read what
# the earlier ones wrote (units -> organizations -> officials -> ...).
COMPONENTS: dict[str, type] = {
    "vn_admin_units": AdminUnitRecognizer,
    "vn_organizations": OrganizationRecognizer,
    "vn_officials": OfficialRecognizer,
    "vn_quantities": QuantityFinder,
    "vn_directives": DirectiveRecognizer,
    "vn_deadlines": DeadlineFinder,
}


@cache
def record_components() -> tuple:
    """One instance of each of our components, built once per process (tables loaded)."""
    return tuple(component() for component in COMPONENTS.values())


def read_facts(page: Page) -> tuple[dict[str, list], list[tuple[str, int, int]]]:
    """Every fact of a page, found by our components without spaCy.

    Args:
        page: the page fields.

    Returns:
        The facts by kind (`extract.nlp.extensions.FACT_EXTENSIONS`), with
        mentions in the joined text's coordinates, and ``(name, start, end)``
        of title, summary and text in it (for `extract.record.build_record`).
    """
    article = article_of(page)
    for component in record_components():
        article = component(article)
    facts = {kind: list(facts_of(article, kind)) for kind in FACT_EXTENSIONS}
    return facts, context_of(article).fields
