#!/usr/bin/env python3
"""Writes the documented response example of each runtime read/write operation of Kelviq's OpenAPI
(kelviq/docs, api-reference/openapi.json) to core/src/test/resources/com/kelviq/sdk/testing/openapi-examples/,
one file per operationId. The example is the operation's own `example` when it has one, otherwise the one its
schema's property examples compose (allOf merged, $ref resolved). Usage:

    python3 scripts/openapi-examples.py path/to/openapi.json
"""
import json
import os
import sys

OPERATIONS = [
    ("/portal/session/", "post"), ("/charges/", "post"), ("/license/activate/", "post"), ("/license/deactivate/", "post"),
    ("/license/validate/", "post"), ("/refunds/", "post"), ("/refunds/", "get"), ("/refunds/{refundId}/", "get"),
    ("/transaction/", "get"), ("/checkout/sessions/", "get"), ("/checkout/sessions/{session_id}/", "get"),
    ("/checkout/sessions/{session_id}/events/", "get"), ("/monetization/product-offering/{product_id}/", "get"),
    ("/payment-methods/", "get"), ("/orders/", "get"), ("/orders/{id}/", "get"), ("/orders/{id}/events/", "get"),
]


def main(spec_path):
    spec = json.load(open(spec_path))
    schemas = spec["components"]["schemas"]

    def resolve(node):
        while "$ref" in node:
            node = schemas[node["$ref"].split("/")[-1]]
        return node

    def compose(node):
        node = resolve(node)
        if "allOf" in node:
            merged = {}
            for part in node["allOf"]:
                merged.update(compose(part))
            return merged
        if "example" in node:
            return node["example"]
        if node.get("type") == "array":
            return [compose(node["items"])] if node.get("items") else []
        if node.get("type") == "object" or "properties" in node:
            return {k: compose(v) for k, v in node.get("properties", {}).items()}
        return None

    out = os.path.join(os.path.dirname(__file__), "..", "core/src/test/resources/com/kelviq/sdk/testing/openapi-examples")
    for path, method in OPERATIONS:
        op = spec["paths"][path][method]
        code = next(c for c in op["responses"] if c.startswith("2"))
        media = op["responses"][code]["content"]["application/json"]
        if "example" in media:
            example = media["example"]
        elif "examples" in media:
            example = next(iter(media["examples"].values()))["value"]
        else:
            example = compose(media["schema"])
        with open(os.path.join(out, op["operationId"] + ".json"), "w") as f:
            json.dump(example, f, indent=1)
            f.write("\n")
        print(op["operationId"], code)


if __name__ == "__main__":
    main(sys.argv[1])
