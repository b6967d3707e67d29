"""The rules, in the order they run. Phrase rules come first; the shape rule last, so it
judges what the others left."""
from __future__ import annotations

from ..markup import EXAMPLES as MARKUP_EXAMPLES
from ..markup import NAMES as MARKUP_NAMES
from ..markup import REASONS as MARKUP_REASONS
from .base import Document, Rule, Verdict, adopt_class_attributes
from .captions import CreditLine, PlaceLabel
from .comments import CommentForm, CommentSection
from .duplicates import CaptionRepeatsBody, PageTitle, RepeatedBlock, RepeatedInsideLine
from .footers import SyndicationFooter
from .metadata import Dateline, MetadataLine, TagSection
from .prompts import PromptLine, PromptText
from .related import RelatedLink, RelatedSection, TeaserItems
from .shape import OutsideArticle, TeaserList
from .user import UserLines, UserTails

RULES: tuple[Rule, ...] = (
    UserTails(),
    UserLines(),
    CommentForm(),
    CommentSection(),
    PromptLine(),
    PromptText(),
    CreditLine(),
    PlaceLabel(),
    SyndicationFooter(),
    Dateline(),
    MetadataLine(),
    TagSection(),
    RelatedLink(),
    RelatedSection(),
    TeaserItems(),
    PageTitle(),
    RepeatedBlock(),
    RepeatedInsideLine(),
    CaptionRepeatsBody(),
    TeaserList(),
    OutsideArticle(),
)



def listing(rules: tuple[Rule, ...] = RULES) -> list[tuple[str, str, str]]:
    """(name, what it removes, an example) of every rule, the markup rules of the repairs first:
    what --list-rules prints, and every name that can be switched off."""
    return [*((name, MARKUP_REASONS[name], MARKUP_EXAMPLES[name]) for name in MARKUP_NAMES),
            *((rule.name, rule.summary, rule.example) for rule in rules)]


def known_names(rules: tuple[Rule, ...] = RULES) -> frozenset[str]:
    """The names ``disabled_rules`` and ``enabled_rules`` (and --disable, and a config's
    [rules]) may hold: every rule's, and every family's (the part before the dot)."""
    names = {name for name, _, _ in listing(rules)}
    return frozenset(names | {name.split(".")[0] for name in names})


def unknown_names(names: frozenset[str] | set[str], rules: tuple[Rule, ...] = RULES) -> list[str]:
    return sorted(set(names) - known_names(rules))


__all__ = ["RULES", "Document", "Rule", "Verdict", "adopt_class_attributes", "known_names", "listing", "unknown_names"]
