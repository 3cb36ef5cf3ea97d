/** How the IATI pages write when something happened: its day (UTC), as YYYY-MM-DD. */
export const day = (d: Date) => d.toISOString().slice(0, 10);
