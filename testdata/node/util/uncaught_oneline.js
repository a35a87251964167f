// Built, decorated and thrown on one line: the header caret sits on the throw.
const e = new Error("boom"); e.code = "E1"; throw e;
