// An uncaught subclassed error with a name and a nested object.
class DbError extends Error {
  constructor(msg) { super(msg); this.name = 'DbError'; this.query = { sql: 'SELECT 1', params: [] }; }
}
throw new DbError('connection lost');
