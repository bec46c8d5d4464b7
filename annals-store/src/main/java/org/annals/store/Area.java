package org.annals.store;

import org.annals.model.BadInputException;

/**
 * A filter on where events happened: a box ({@code bbox=minLon,minLat,maxLon,maxLat}) or a circle
 * ({@code near=lat,lon,km}). Immutable.
 *
 * @param minLat southern edge (degrees)
 * @param minLon western edge
 * @param maxLat northern edge
 * @param maxLon eastern edge
 * @param radiusKm for a circle, its radius in km (the box is then the circle's centre, twice);
 *     0 for a box
 */
public record Area(double minLat, double minLon, double maxLat, double maxLon, double radiusKm) {

  public Area {
    check("latitude", minLat, 90);
    check("latitude", maxLat, 90);
    check("longitude", minLon, 180);
    check("longitude", maxLon, 180);
    if (minLat > maxLat || minLon > maxLon) {
      throw new BadInputException("box " + minLon + "," + minLat + "," + maxLon + "," + maxLat
          + " is empty: give west,south,east,north with west <= east and south <= north");
    }
    if (radiusKm < 0 || radiusKm > 20_100) {
      throw new BadInputException("radius " + radiusKm + " km is not between 0 and 20100");
    }
  }

  /** The box west, south, east, north (GeoJSON order). */
  public static Area box(double west, double south, double east, double north) {
    return new Area(south, west, north, east, 0);
  }

  /** The points within {@code km} of ({@code lat}, {@code lon}) (great-circle distance). */
  public static Area near(double lat, double lon, double km) {
    if (km <= 0) {
      throw new BadInputException("radius must be more than 0 km, got " + km);
    }
    return new Area(lat, lon, lat, lon, km);
  }

  boolean circle() {
    return radiusKm > 0;
  }

  /**
   * Parses {@code lat,lon,km} ({@code near=}) or {@code west,south,east,north} ({@code bbox=}).
   *
   * @throws BadInputException naming {@code what} when the value is not of that form
   */
  public static Area parse(String what, String v) {
    String[] p = v.split(",", -1);
    boolean near = what.contains("near");
    try {
      if (p.length == 3 && near) {
        return near(num(p[0]), num(p[1]), num(p[2]));
      }
      if (p.length == 4 && !near) {
        return box(num(p[0]), num(p[1]), num(p[2]), num(p[3]));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException("'" + what + "': '" + v + "' is not of the form "
        + (near ? "LAT,LON,KM (e.g. 50.45,30.52,100)" : "WEST,SOUTH,EAST,NORTH (e.g. 22,44,40,53)"));
  }

  private static double num(String s) {
    double d = Double.parseDouble(s.strip());
    if (!Double.isFinite(d)) {
      throw new NumberFormatException(s);
    }
    return d;
  }

  private static void check(String what, double v, double limit) {
    if (!(v >= -limit && v <= limit)) {
      throw new BadInputException(what + " " + v + " is not between " + -limit + " and " + limit);
    }
  }
}
