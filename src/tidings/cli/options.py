"""Options that several commands share: JSONL field names, the HTTP client's manners, Ray."""

from __future__ import annotations

import click

FIELD_OPTIONS = (
    click.option("--text-field", default="text", show_default=True, help="JSONL: the field holding the text."),
    click.option("--date-field", default="published", show_default=True, help="JSONL: the publication date (ISO 8601 or RFC 2822)."),
    click.option("--id-field", help="JSONL: the article id [default: a hash of the text]."),
    click.option("--url-field", default="url", show_default=True, help="JSONL: the article's URL."),
    click.option("--title-field", default="title", show_default=True, help="JSONL: the headline."),
)
HTTP_OPTIONS = (
    click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds before a request is given up."),
    click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True, help="Tries after the first, for timeouts, 429 and 5xx."),
    click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, help="Seconds between requests to one host, at least (more if its robots.txt asks)."),
    click.option("--user-agent", help="How the client names itself [default: tidings/VERSION ...]."),
)
SCALE_OPTIONS = (
    click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes parsing in parallel; more than 1 runs on Ray (pip install 'tidings[scale]')."),
    click.option("--address", help="Join the Ray cluster at this address ('auto': the one this machine is in) instead of starting one."),
)


def options(*groups):
    """A decorator adding the options of each group, in order."""

    def decorate(command):
        for group in reversed(groups):
            for option in reversed(group):
                command = option(command)
        return command

    return decorate


def read_options(settings: dict):
    """ReadOptions from the values of the option groups (taken out of `settings`)."""
    from tidings.corpus.readers import Fields, Politeness, ReadOptions

    fields = Fields(
        text=settings.pop("text_field", "text"), published=settings.pop("date_field", "published"),
        id=settings.pop("id_field", None), url=settings.pop("url_field", "url"), title=settings.pop("title_field", "title"),
    )
    agent = settings.pop("user_agent", None)
    politeness = Politeness(**settings, **({"user_agent": agent} if agent else {}))
    return ReadOptions(fields=fields, politeness=politeness)
