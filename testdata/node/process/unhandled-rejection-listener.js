// 'unhandledRejection' listeners take over; 'rejectionHandled' for late
// handlers.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise instanceof Promise));
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(() => console.log('late catch')), 10);
