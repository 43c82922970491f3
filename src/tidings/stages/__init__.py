"""The six stages, in the order the pipeline runs them: each reads what the earlier ones wrote."""

from tidings.stages.actors import ActorsStage
from tidings.stages.events import EventsStage
from tidings.stages.factuality import FactualityStage
from tidings.stages.places import PlacesStage
from tidings.stages.quotes import QuotesStage
from tidings.stages.times import TimesStage

STAGE_CLASSES = [ActorsStage, PlacesStage, TimesStage, EventsStage, QuotesStage, FactualityStage]
