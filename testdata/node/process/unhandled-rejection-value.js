// A rejection with a non-Error value.
Promise.reject(42);
