"""The monitoring app's models, one module per part (docs/decisions/0031).

``sources`` (ingest): sources, fetch state, articles, story clusters. ``topics`` (finding)
and ``responses`` (response) add one import line each.
"""

from ttdn.monitoring.models.responses import (  # noqa: F401
    AssessmentOrigin,
    DigestFrequency,
    DigestSubscription,
    Flag,
    FlagRule,
    FlagStatus,
    MediaResponse,
    ResponseKind,
    ResponseStatus,
    StoryAssessment,
    StoryTone,
)
from ttdn.monitoring.models.sources import (  # noqa: F401
    Article,
    ArticleBand,
    FetchState,
    HostSlot,
    Source,
    SourceKind,
    SourceState,
    Story,
)
from ttdn.monitoring.models.topics import (  # noqa: F401, E402
    ArticleLabel,
    ClassifierModel,
    LabelCorrection,
    LabelOrigin,
    Taxonomy,
    Tone,
    Topic,
    TopicMatch,
)
