"""The reference server: a FastAPI + pydantic v2 app shaped the way real ones are.

Its OpenAPI document (checked in as `openapi.json` beside this file) is the
input of the generated `reference-client` crate, whose tests send every model
and every union branch through the echo routes below. An echo route answers
with what pydantic parsed: the fields the caller set (`exclude_unset`, so a
default the server filled in does not hide a field the client dropped) and
the class pydantic chose for every model in the value, so a test can tell
that the server read the branch the caller built.

The models use what FastAPI apps use: unions of models told apart by
`Literal` tags, with `Field(discriminator=...)` and without it (tags with
defaults, not required), integer and boolean tags, a nullable union,
`Optional` fields with and without defaults, `extra="allow"`, str and int
enums, `datetime`, `UUID`, nested lists and dicts, a `Literal` beside an
integer. Operation ids are FastAPI's defaults.
"""

import json
from datetime import datetime
from enum import Enum, IntEnum
from typing import Annotated, Any, Generic, Literal, Optional, TypeVar, Union
from uuid import UUID

from fastapi import FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

app = FastAPI(title="Reference Server", version="1.0.0")


class StateType(str, Enum):
    SCHEDULED = "SCHEDULED"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class SetStateStatus(str, Enum):
    ACCEPT = "ACCEPT"
    REJECT = "REJECT"
    ABORT = "ABORT"
    WAIT = "WAIT"


# A union without a discriminator keyword whose branches differ only by an
# optional `type` tag with a default (pydantic's `Literal` with a default).


class StateAcceptDetails(BaseModel):
    type: Literal["accept_details"] = "accept_details"


class StateWaitDetails(BaseModel):
    type: Literal["wait_details"] = "wait_details"
    delay_seconds: int = 0
    reason: Optional[str] = None


class StateRejectDetails(BaseModel):
    type: Literal["reject_details"] = "reject_details"
    reason: Optional[str] = None


class StateAbortDetails(BaseModel):
    type: Literal["abort_details"] = "abort_details"
    reason: Optional[str] = None


class State(BaseModel):
    type: StateType
    name: Optional[str] = None
    timestamp: datetime


class OrchestrationResult(BaseModel):
    state: Optional[State] = None
    status: SetStateStatus
    details: Union[StateAcceptDetails, StateWaitDetails, StateRejectDetails, StateAbortDetails]
    # A nullable union of tagged models.
    previous_details: Optional[Union[StateAbortDetails, StateRejectDetails]] = None


# A union with `Field(discriminator=...)`: the tag is required and the
# document carries a `discriminator` keyword with a mapping.


class Cat(BaseModel):
    kind: Literal["cat"]
    name: str
    lives_left: int = 9


class Dog(BaseModel):
    kind: Literal["dog"]
    name: str
    good_boy: bool
    tricks: list[str] = []


class Lizard(BaseModel):
    kind: Literal["lizard"]
    name: str
    basking_temperature: Optional[float] = None


Pet = Annotated[Union[Cat, Dog, Lizard], Field(discriminator="kind")]


class Household(BaseModel):
    pets: list[Pet]
    favourite: Optional[Pet] = None
    by_room: dict[str, list[Pet]] = {}


# Integer and boolean tags, required, without a discriminator keyword. The
# branches' other fields all have defaults, so only the tag tells them apart.


class RetryPolicy(BaseModel):
    max_attempts: int
    backoff_seconds: float


class ConfigV1(BaseModel):
    schema_version: Literal[1]
    retries: int = 3


class ConfigV2(BaseModel):
    schema_version: Literal[2]
    retry: Optional[RetryPolicy] = None


class JobSucceeded(BaseModel):
    ok: Literal[True]
    message: Optional[str] = None


class JobFailed(BaseModel):
    ok: Literal[False]
    message: Optional[str] = None
    retryable: bool = False


class JobOutcome(BaseModel):
    job_id: UUID
    outcome: Union[JobSucceeded, JobFailed]


# An open object (RFC 7807 problem with extension members).


class Problem(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: Optional[str] = None


# Scalars, enums, optionals and nested containers.


class FlowRun(BaseModel):
    id: UUID
    name: str
    state_type: StateType
    priority: Priority
    created: datetime
    # Optional without a default: required, but may be null.
    parent_id: Optional[UUID]
    # Optional with a default of None: neither required nor non-null.
    description: Optional[str] = None
    # Optional with another default.
    max_retries: Optional[int] = 3
    tags: list[str] = []
    labels: dict[str, str] = {}
    matrix: list[list[float]] = []
    groups: dict[str, list[int]] = {}
    parameters: dict[str, Any] = {}
    # A string const beside an integer.
    batch_size: Union[Literal["auto"], int] = "auto"


class Flow(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    tags: list[str] = []


class PathEcho(BaseModel):
    value: str = Field(description="The path parameter as the server decoded it")
    raw_path: str = Field(description="The request path as it came over the wire, still percent-encoded")


T = TypeVar("T")


class Echo(BaseModel, Generic[T]):
    """What the server parsed from the request body."""

    model: str = Field(description="The class pydantic parsed the body into")
    branches: dict[str, str] = Field(
        description="The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)"
    )
    value: T = Field(description="The parsed body with only the fields the caller set")
    value_json: str = Field(description="`value` as JSON text, to compare without the client's decoding")


# Named, so the document's schema names read well (`Echo[Pet]` would be
# `Echo_Annotated_Union_Cat__Dog__Lizard___FieldInfo_...`).


class EchoOrchestrationResult(Echo[OrchestrationResult]):
    pass


class EchoPet(Echo[Pet]):
    pass


class EchoHousehold(Echo[Household]):
    pass


class EchoConfig(Echo[Union[ConfigV1, ConfigV2]]):
    pass


class EchoJobOutcome(Echo[JobOutcome]):
    pass


class EchoProblem(Echo[Problem]):
    pass


class EchoFlowRun(Echo[FlowRun]):
    pass


def branches(value: Any, pointer: str = "") -> dict[str, str]:
    """The class of every model in `value`, keyed by JSON pointer."""
    found: dict[str, str] = {}
    if isinstance(value, BaseModel):
        found[pointer] = type(value).__name__
        children = {name: getattr(value, name) for name in value.model_fields_set if name in type(value).model_fields}
    elif isinstance(value, dict):
        children = value
    elif isinstance(value, list):
        children = dict(enumerate(value))
    else:
        return found
    for key, child in children.items():
        escaped = str(key).replace("~", "~0").replace("/", "~1")
        found.update(branches(child, f"{pointer}/{escaped}"))
    return found


def echo(body: BaseModel) -> JSONResponse:
    # Answered directly, not through the response model, so the body is
    # exactly what pydantic parsed (no defaults added on the way out).
    value = body.model_dump(mode="json", exclude_unset=True)
    content = {
        "model": type(body).__name__,
        "branches": branches(body),
        "value": value,
        "value_json": json.dumps(value),
    }
    return JSONResponse(content)


@app.post("/echo/orchestration-result", response_model=EchoOrchestrationResult)
def echo_orchestration_result(body: OrchestrationResult):
    return echo(body)


@app.post("/echo/pet", response_model=EchoPet)
def echo_pet(body: Pet):
    return echo(body)


@app.post("/echo/household", response_model=EchoHousehold)
def echo_household(body: Household):
    return echo(body)


@app.post("/echo/config", response_model=EchoConfig)
def echo_config(body: Union[ConfigV1, ConfigV2]):
    return echo(body)


@app.post("/echo/job-outcome", response_model=EchoJobOutcome)
def echo_job_outcome(body: JobOutcome):
    return echo(body)


@app.post("/echo/problem", response_model=EchoProblem)
def echo_problem(body: Problem):
    return echo(body)


@app.post("/echo/flow-run", response_model=EchoFlowRun)
def echo_flow_run(body: FlowRun):
    return echo(body)


FLOWS: dict[str, Flow] = {}


@app.post("/flows", status_code=201)
def create_flow(flow: Flow) -> Flow:
    FLOWS[flow.name] = flow
    return flow


@app.put("/flows/{name}")
def upsert_flow(name: str, flow: Flow, response: Response) -> Flow:
    """Documented as 200; answers 201 when it creates the flow, as real apps do."""
    if name not in FLOWS:
        response.status_code = 201
    FLOWS[name] = flow
    return flow


@app.get("/flows")
def list_flows(limit: int = Query(10, ge=1, le=100), tag: Optional[str] = None) -> list[Flow]:
    flows = [flow for flow in FLOWS.values() if tag is None or tag in flow.tags]
    return flows[:limit]


@app.get("/names/{name}")
def read_name(name: str, request: Request) -> PathEcho:
    return PathEcho(value=name, raw_path=request.scope["raw_path"].decode("ascii"))


@app.get("/files/{file_path:path}")
def read_file(file_path: str, request: Request) -> PathEcho:
    return PathEcho(value=file_path, raw_path=request.scope["raw_path"].decode("ascii"))
