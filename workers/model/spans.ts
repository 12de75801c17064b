/**
 * How many intervals (lock, queue, service, each in one stage) a request keeps for the occupancy
 * and its journey. A request makes about a dozen that are not empty; an Authenticate with its
 * Range a few more. Past this many, later ones still count in the stage totals (as their kind)
 * but are not placed in time (they read as flight in the occupancy).
 */
export const MAX_SPANS = 32;
