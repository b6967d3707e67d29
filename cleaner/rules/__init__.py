"""The registry: every rule, in the order it runs. The markup rules come first (the repairs apply
them to each line); then phrase rules; the shape rules last, so they judge what the others left.
Names, flags, --list-rules, --disable and the configuration's validation all come from here."""
from __future__ import annotations

from .base import Rule, Verdict, adopt_class_attributes
from .captions import CreditLine, PlaceLabel
from .comments import CommentForm, CommentSection
from .document import Document
from .duplicates import CaptionRepeatsBody, PageTitle, RepeatedBlock, RepeatedInsideLine, TableOfContents
from .footers import CopyrightNotice, SyndicationFooter
from .markup import markup_rules
from .metadata import AuthorBio, Byline, Dateline, MetadataLine, StockQuote, TagSection
from .prompts import PageControl, PromptCall, PromptLine, PromptMenu, PromptText
from .related import RelatedLink, RelatedSection, TeaserItems
from .shape import MenuPiece, OutsideArticle, TeaserList
from .user import UserLines, UserTails

RULES: tuple[Rule, ...] = (
    *markup_rules(),
    UserTails(),
    UserLines(),
    CommentForm(),
    CommentSection(),
    PromptLine(),
    PromptText(),
    PromptCall(),
    PromptMenu(),
    PageControl(),
    CreditLine(),
    PlaceLabel(),
    SyndicationFooter(),
    Dateline(),
    StockQuote(),
    MetadataLine(),
    Byline(),
    AuthorBio(),
    TagSection(),
    RelatedLink(),
    RelatedSection(),
    TeaserItems(),
    PageTitle(),
    RepeatedBlock(),
    RepeatedInsideLine(),
    CaptionRepeatsBody(),
    TableOfContents(),
    MenuPiece(),
    TeaserList(),
    OutsideArticle(),
    CopyrightNotice(),  # (after the shape rules: the site's notice closes its page's article for them)
)



def listing(rules: tuple[Rule, ...] = RULES) -> list[tuple[str, str, str]]:
    """(name, what it removes, an example) of every rule: what --list-rules prints, and every
    name that can be switched off."""
    return [(rule.name, rule.summary, rule.example) for rule in rules]


def known_names(rules: tuple[Rule, ...] = RULES) -> frozenset[str]:
    """The names ``disabled_rules`` and ``enabled_rules`` (and --disable, and a config's
    [rules]) may hold: every rule's, and every family's (the part before the dot)."""
    names = {name for name, _, _ in listing(rules)}
    return frozenset(names | {name.split(".")[0] for name in names})


def unknown_names(names: frozenset[str] | set[str], rules: tuple[Rule, ...] = RULES) -> list[str]:
    return sorted(set(names) - known_names(rules))


def kept_by(rules: tuple[Rule, ...] = RULES) -> dict[str, tuple[str, ...]]:
    """The configuration's [keep] kinds -> the rules that remove what each keeps."""
    kinds: dict[str, tuple[str, ...]] = {}
    for rule in rules:
        if rule.keep:
            kinds[rule.keep] = (*kinds.get(rule.keep, ()), rule.name)
    return kinds


__all__ = ["RULES", "Document", "Rule", "Verdict", "adopt_class_attributes", "kept_by", "known_names", "listing",
           "unknown_names"]
