// A module throwing a non-error object after a top-level await.
await null;
throw { code: 42, reason: "object" };
