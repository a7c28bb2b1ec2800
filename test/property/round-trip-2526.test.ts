import { describeRoundTrips } from './round-trip-properties';

// Issue 14 item 3 for the 2025-26 XSD: see round-trip-properties.ts.
describeRoundTrips('2526');
