package org.saphan.alerts.draft;

import java.util.List;
import org.saphan.platform.text.TextDraft;

/**
 * A CAP {@code area}: polygons as CAP writes them ({@code "lat,lon lat,lon ..."}, closed), circles
 * as {@code "lat,lon radiusKm"}.
 */
public record AreaDraft(TextDraft areaDesc, List<String> polygons, List<String> circles, List<GeocodeDraft> geocodes) {}
