/**
 * The timetable of one service day as the travel-time engine reads it:
 * stops, and every elementary connection (one vehicle from one stop to the
 * next) in typed arrays sorted by departure. Built from GTFS by
 * `gtfs/` (reader), consumed by `engine/` (Connection Scan).
 *
 * Times are seconds after midnight of the service day (noon minus 12 h, as
 * GTFS defines it); trips of the previous day that run past midnight appear
 * with times ≥ 86,400 in that day's timetable and are also added to this
 * day's timetable shifted by −86,400 when they still run after midnight.
 */

export interface TimetableStop {
  /** GTFS stop_id (platform-level; parent stations are merged, see `station`). */
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Index of the station this platform belongs to (itself when it has no parent). */
  station: number;
}

export interface TimetableRoute {
  id: string;
  /** route_short_name, else route_long_name. */
  name: string;
  /** GTFS route_type, extended types (e.g. 700 bus, 100 rail) kept as given. */
  type: number;
}

export interface Connections {
  /** Number of connections; the arrays may be longer (capacity). */
  length: number;
  depStop: Uint32Array;
  arrStop: Uint32Array;
  depTime: Int32Array;
  arrTime: Int32Array;
  /** Trip index (into `Timetable.trips`): staying on the same trip is not a transfer. */
  trip: Uint32Array;
  /**
   * CONN_NO_BOARD: nobody may board at depStop (GTFS pickup_type 1);
   * CONN_NO_ALIGHT: nobody may get off at arrStop (drop_off_type 1). Absent = all allowed.
   */
  flags?: Uint8Array;
}

export const CONN_NO_BOARD = 1;
export const CONN_NO_ALIGHT = 2;

export interface Footpath {
  from: number;
  to: number;
  seconds: number;
}

export interface Timetable {
  /** The service day, `YYYY-MM-DD`. */
  date: string;
  stops: TimetableStop[];
  routes: TimetableRoute[];
  /** Per trip: index into `routes`. */
  trips: { id: string; route: number }[];
  /** Sorted by `depTime`, then `arrTime`, then trip (deterministic). */
  connections: Connections;
  /**
   * Walking between stops: transfers.txt (type 2 with min_transfer_time) and
   * platforms of the same station; the engine adds walking to stops near the
   * origin and destination itself.
   */
  footpaths: Footpath[];
}
