"""The rules, in the order they run. Phrase rules come first; the shape rule last, so it
judges what the others left."""
from __future__ import annotations

from .base import Document, Rule, Verdict
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

__all__ = ["RULES", "Document", "Rule", "Verdict"]
