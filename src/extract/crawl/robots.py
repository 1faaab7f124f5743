"""robots.txt: which paths we may fetch, how long to wait, where the sitemaps are."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

AGENT = "vnextract"


def crawl_delay(text: str, agent: str = AGENT) -> float | None:
    """The Crawl-delay (seconds, fractions allowed) of the group for ``agent``,
    else of the ``*`` group, else None. (urllib's parser accepts only integers.)"""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for line in text.splitlines():
        key, _, value = line.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key in ("allow", "disallow", "crawl-delay"):
            in_rules = True
            if key == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                for name in agents:
                    delays[name] = seconds
    for name, seconds in delays.items():
        if name != "*" and name in agent.lower():
            return seconds
    return delays.get("*")


@dataclass
class RobotsRules:
    """The rules of one host's robots.txt, for our User-Agent.

    ``allow_all``/``deny_all`` stand in for a missing file (4xx: everything
    allowed) or an unreachable/forbidden one (401, 403, 5xx, timeouts:
    nothing allowed, as the robots.txt standard asks).
    """

    parser: RobotFileParser | None = None
    allow_all: bool = False
    deny_all: bool = False
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None
    response: object | None = None  # the client Response, for the archive

    @classmethod
    def parse(cls, text: str) -> RobotsRules:
        """Rules from the text of a robots.txt file."""
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return cls(
            parser=parser,
            sitemaps=list(parser.site_maps() or []),
            crawl_delay=crawl_delay(text),
        )

    @classmethod
    def fetch(cls, client, url: str) -> RobotsRules:
        """Fetch and parse the robots.txt of ``url``'s host with ``client``.

        Returns:
            The rules; never raises (see the class docstring for failures).
        """
        from extract.crawl.client import FetchError

        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        try:
            response = client.get(robots_url, html_only=False, same_host=True)
        except FetchError as error:
            status = error.response.status if error.response is not None else None
            if status is not None and 400 <= status < 500 and status not in (401, 403):
                return cls(allow_all=True, response=error)
            if error.kind == "off-site":  # robots.txt redirected elsewhere: treat as missing
                return cls(allow_all=True, response=error)
            return cls(deny_all=True, response=error)
        text = response.body.decode("utf-8", errors="replace")
        rules = cls.parse(text)
        rules.response = response
        return rules

    def allowed(self, url: str) -> bool:
        """May we fetch ``url``?"""
        if self.deny_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(AGENT, url)
