// The benchmark runner (npm run bench); benchmarks are added by the issues that need them.
console.log('no benchmarks yet');
