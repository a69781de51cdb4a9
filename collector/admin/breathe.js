/**
 * Lets other requests run. Node serves one request at a time: an admin page that reads and sums up
 * thousands of answers in one go would stall every partner page's `/api/groups` and every signup
 * meanwhile. The admin pages do their loops in slices and call this between them.
 */
export const breathe = () => new Promise((resolve) => setImmediate(resolve));

/** Rows handled between two breaths: a few milliseconds of work. */
export const SLICE = 25;
