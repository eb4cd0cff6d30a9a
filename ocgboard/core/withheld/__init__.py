"""Need to know: withheld names found in free text in any spelling, and blanked."""

from ocgboard.core.withheld.redactor import MARK, Found, Redactor
from ocgboard.core.withheld.review import Place, Review
from ocgboard.core.withheld.subjects import redactor

__all__ = ["MARK", "Found", "Place", "Redactor", "Review", "redactor"]
