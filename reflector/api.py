"""HTTP API of the reflector (FastAPI). The OpenAPI schema is served at /openapi.json."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from . import __version__
from .access import client_address
from .service import Reflector, Refusal

log = logging.getLogger(__name__)


class CheckRequest(BaseModel):
    """Optional body. Addresses named here are never probed: only the requester's."""

    model_config = ConfigDict(extra="ignore")
    app_version: str | None = Field(default=None, max_length=80)
    os: str | None = Field(default=None, max_length=80)
    language: str | None = Field(default=None, max_length=16)
    ipv6_candidates: list[str] | None = Field(
        default=None, max_length=8,
        description="IPv6 addresses of the customer's router seen by the app; only those "
                    "inside the requester's own delegated prefix are probed")


class CheckResponse(BaseModel):
    check_id: str
    support_code: str = Field(description="nine digits in three groups, read out on the phone")
    created_at: str
    public_ip: str = Field(description="the address that was probed: the requester's own")
    family: str
    verdict: str = Field(description="red, yellow, green or gray")
    reason: str | None = Field(description="why the verdict is gray, else null")
    summary: str
    findings: list[dict[str, Any]]
    targets: list[dict[str, Any]] = Field(
        default_factory=list, description="each probed address with its own verdict")
    refused_targets: list[str] = Field(default_factory=list)
    probe_port: int
    canary_zone: str
    duration_ms: float
    reflector_version: str


class ErrorResponse(BaseModel):
    reason: str = Field(description="not_customer, rate_limited, busy, unknown_client")
    detail: str
    retry_after: int | None = None


def _refusal(r: Refusal) -> JSONResponse:
    headers = {"Retry-After": str(r.retry_after)} if r.retry_after else None
    return JSONResponse(status_code=r.status, headers=headers,
                        content={"reason": r.reason, "detail": r.detail,
                                 "retry_after": r.retry_after})


def create_app(reflector: Reflector) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await reflector.start()
        try:
            yield
        finally:
            await reflector.stop()

    app = FastAPI(title="Open-resolver self-check reflector", version=__version__,
                  lifespan=lifespan)
    errors: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorResponse} for code in (400, 403, 429, 503)}

    @app.post("/v1/checks", response_model=CheckResponse, responses=errors)
    async def create_check(request: Request, body: CheckRequest | None = None) -> Any:
        """Probe the address this request comes from, and only that address."""
        peer = request.client.host if request.client else ""
        addr = client_address(peer, request.headers.get("x-forwarded-for"),
                              reflector.config.access.trusted_proxies)
        if addr is None:
            return _refusal(Refusal(400, "unknown_client",
                                    "the requesting address could not be determined"))
        refused = reflector.admit(addr)
        if refused is not None:
            return _refusal(refused)
        client = body.model_dump(exclude_none=True, exclude={"ipv6_candidates"}) if body else None
        return await reflector.check(addr, client, body.ipv6_candidates if body else None)

    @app.get("/v1/checks/{check_id}", response_model=CheckResponse,
             responses={404: {"model": ErrorResponse}})
    async def get_check(check_id: str) -> Any:
        """A stored check, by its unguessable id (not by support code)."""
        found = reflector.store.get(check_id) if len(check_id) == 32 else None
        if found is None:
            return _refusal(Refusal(404, "not_found", f"no check {check_id[:40]!r}"))
        return found

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        serving = reflector.canary.serving
        ok = all(serving.values()) and reflector.store.healthy()
        return JSONResponse(status_code=200 if ok else 503, content={
            "status": "ok" if ok else "degraded", "canary": serving,
            "store": reflector.store.healthy(), "in_flight": reflector.in_flight.running,
            "canary_queries": vars(reflector.canary.stats),
            "version": __version__})

    return app
