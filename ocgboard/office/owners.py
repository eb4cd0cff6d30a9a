"""An owner as a paper writes it, matched to one of the board's agencies.

Papers name owners by the agency's name ("Police"), its short name ("DWP",
"HSE"), the template's spellings ("NOM's.", "Complex Dependency team.",
"Department of Work and Pensions") or an agency and a role within it ("Local
Authority ASB Co-ordinator"). What matches none of those is shown for the chair
to map (`--map "OWNER=AGENCY"`), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ocgboard.errors import InputError
from ocgboard.office.paper import folded

# The template's and boards' spellings, folded, and the agency (by its usual name)
# each means. Used only when the board has an agency of that name.
SPELLINGS = {
    "noms": "Probation Service",
    "nom": "Probation Service",
    "national offender management service": "Probation Service",
    "national probation service": "Probation Service",
    "department of work and pensions": "Department for Work and Pensions",
    "gangmasters licensing authority": "Gangmasters and Labour Abuse Authority",
    "gla": "Gangmasters and Labour Abuse Authority",
    "hmrc": "HM Revenue & Customs",
    "her majestys revenue and customs": "HM Revenue & Customs",
    "social housing provider": "Social housing providers",
    "social housing provider s": "Social housing providers",
    "housing provider": "Social housing providers",
    "childrens social care": "Children's Services",
    "yot": "Youth Offending Team",
    "youth justice service": "Youth Offending Team",
    "immigration": "Immigration Enforcement",
    "home office immigration enforcement": "Immigration Enforcement",
    "fire service": "Fire and Rescue Service",
    "council": "Local Authority",
}


@dataclass(frozen=True)
class Match:
    agency: str | None  # the agency's name on this board; None: not matched
    how: str  # "name", "short name", "template spelling", "agency and role", "your map"


class Owners:
    """The board's agencies, as (name, short name), and the chair's map of owner
    text to agency name."""

    def __init__(self, agencies: list[tuple[str, str | None]],
                 mapped: dict[str, str] | None = None):
        self.names = {folded(name): name for name, _ in agencies}
        self.shorts = {folded(short): name for name, short in agencies if short}
        self.mapped = {folded(owner): agency for owner, agency in (mapped or {}).items()}

    def match(self, owner: str) -> Match:
        key = folded(owner)
        if key in self.mapped:
            return Match(self.mapped[key], "your map")
        if key and key in self.names:
            return Match(self.names[key], "name")
        if key and key in self.shorts:
            return Match(self.shorts[key], "short name")
        usual = SPELLINGS.get(key)
        if usual and folded(usual) in self.names:
            return Match(self.names[folded(usual)], "template spelling")
        return Match(self._with_role(key), "agency and role")

    def _with_role(self, key: str) -> str | None:
        """The agency whose name (or short name) begins the owner, as whole words:
        'local authority asb co ordinator' is the Local Authority's. The longest wins."""
        best: tuple[int, str] | None = None
        for table in (self.names, self.shorts):
            for name, agency in table.items():
                if key.startswith(name + " ") and (best is None or len(name) > best[0]):
                    best = (len(name), agency)
        return best[1] if best else None


def parse_maps(pairs: list[str] | None) -> dict[str, str]:
    """`--map "OWNER=AGENCY"` options as {owner: agency}; the last '=' splits, so an
    owner may hold one ('=' alone maps rows with no owner written)."""
    found: dict[str, str] = {}
    for pair in pairs or []:
        owner, sep, agency = pair.rpartition("=")
        if not sep or not agency.strip():
            raise InputError(f"--map '{pair}' is not OWNER=AGENCY")
        found[owner.strip()] = agency.strip()
    return found
