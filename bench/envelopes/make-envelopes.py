#!/usr/bin/env python3
"""Writes the benchmark envelopes (device-shaped, about 3.3 KB each) shared by every harness in bench/.

Deterministic: run it again and the files come out byte-identical. The timestamps are fixed; harnesses that
talk to a host with timestamp verification on replace them with the current time (same length) when serving.
"""
import hashlib
import base64
import json
import pathlib

SKILL_ID = "amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41"
TIMESTAMP = "2026-01-15T12:00:00Z"
HERE = pathlib.Path(__file__).resolve().parent


def opaque(seed: str, length: int, alphabet: str) -> str:
    out, counter = "", 0
    while len(out) < length:
        digest = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return out[:length]


UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
USER_ID = "amzn1.ask.account." + opaque("user", 192, UPPER)
DEVICE_ID = "amzn1.ask.device." + opaque("device", 192, UPPER)
# A JWT-shaped token of realistic length (about 1 KB), as Alexa sends in context.System.apiAccessToken.
HEADER = base64.urlsafe_b64encode(b'{"typ":"JWT","alg":"RS256","kid":"1"}').decode().rstrip("=")
API_ACCESS_TOKEN = HEADER + "." + opaque("claims", 700, B64URL) + "." + opaque("signature", 342, B64URL)


def envelope(request: dict, new_session: bool) -> dict:
    application = {"applicationId": SKILL_ID}
    user = {"userId": USER_ID}
    return {
        "version": "1.0",
        "session": {
            "new": new_session,
            "sessionId": "amzn1.echo-api.session." + opaque("session", 36, "0123456789abcdef-"),
            "application": application,
            "attributes": {},
            "user": user,
        },
        "context": {
            "Viewports": [{
                "type": "APL", "id": "main", "shape": "RECTANGLE", "dpi": 160, "presentationType": "STANDARD",
                "canRotate": False, "configuration": {"current": {"mode": "HUB", "video": {"codecs": ["H_264_42", "H_264_41"]},
                "size": {"type": "DISCRETE", "pixelWidth": 1024, "pixelHeight": 600}}},
            }],
            "System": {
                "application": application,
                "user": user,
                "device": {
                    "deviceId": DEVICE_ID,
                    "supportedInterfaces": {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}},
                },
                "apiEndpoint": "https://api.amazonalexa.com",
                "apiAccessToken": API_ACCESS_TOKEN,
            },
            "Viewport": {
                "experiences": [{"arcMinuteWidth": 246, "arcMinuteHeight": 144, "canRotate": False, "canResize": False}],
                "mode": "HUB", "shape": "RECTANGLE", "pixelWidth": 1024, "pixelHeight": 600, "dpi": 160,
                "currentPixelWidth": 1024, "currentPixelHeight": 600, "touch": ["SINGLE"], "keyboard": [],
            },
        },
        "request": {
            "requestId": "amzn1.echo-api.request." + opaque("request" + request["type"], 36, "0123456789abcdef-"),
            "timestamp": TIMESTAMP,
            "locale": "en-US",
            **request,
        },
    }


def authority(status: str, values: list) -> dict:
    entry = {"authority": f"amzn1.er-authority.echo-sdk.{SKILL_ID}.COUNTRY", "status": {"code": status}}
    if values:
        entry["values"] = values
    return {"resolutionsPerAuthority": [entry]}


def capital_intent(spoken: str, resolutions: dict) -> dict:
    return {
        "type": "IntentRequest",
        "dialogState": "COMPLETED",
        "intent": {
            "name": "CapitalIntent",
            "confirmationStatus": "NONE",
            "slots": {"country": {"name": "country", "value": spoken, "confirmationStatus": "NONE",
                                  "source": "USER", "resolutions": resolutions}},
        },
    }


def with_unfilled_slots(request: dict) -> dict:
    """As Alexa sends it: every slot of the intent, those the user did not fill as their name alone."""
    for name in ("kind", "parent", "guess", "otherGuess"):
        request["intent"]["slots"][name] = {"name": name, "confirmationStatus": "NONE"}
    return request


ENVELOPES = {
    "launch.json": envelope({"type": "LaunchRequest", "shouldLinkResultBeReturned": False}, True),
    "capital-resolved.json": envelope(capital_intent("france", authority("ER_SUCCESS_MATCH", [{"value": {"name": "France", "id": "FR"}}])), True),
    "capital-all-slots.json": envelope(with_unfilled_slots(capital_intent("france", authority("ER_SUCCESS_MATCH", [{"value": {"name": "France", "id": "FR"}}]))), True),
    "capital-forgiving.json": envelope(capital_intent("frence", authority("ER_SUCCESS_NO_MATCH", [])), True),
    "help.json": envelope({"type": "IntentRequest", "intent": {"name": "AMAZON.HelpIntent", "confirmationStatus": "NONE"}}, False),
    "session-ended.json": envelope({"type": "SessionEndedRequest", "reason": "USER_INITIATED"}, False),
}

for name, body in ENVELOPES.items():
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(text.encode())} bytes")
