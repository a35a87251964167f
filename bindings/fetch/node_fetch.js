// What require('node-fetch') / import fetch from 'node-fetch' give when no
// node_modules copy exists: the built-in fetch as the default export, with
// Headers, Request, Response (and FormData) beside it, as node-fetch v3.
'use strict';
const { fetch, Headers, Request, Response, FormData } = require('internal/fetch');
module.exports = fetch;
module.exports.default = fetch;
module.exports.Headers = Headers;
module.exports.Request = Request;
module.exports.Response = Response;
module.exports.FormData = FormData;
module.exports.__esModule = true;
