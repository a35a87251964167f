// A module body throwing a primitive: Node's run_main header, the value raw.
console.log("about to throw");
throw "a thrown string";
