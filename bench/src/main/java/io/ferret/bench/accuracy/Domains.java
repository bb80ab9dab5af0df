package io.ferret.bench.accuracy;

import io.ferret.bench.accuracy.Domain.DimensionSpec;
import io.ferret.bench.accuracy.Domain.Direction;
import io.ferret.bench.accuracy.Domain.MetricKind;
import io.ferret.bench.accuracy.Domain.NumericSpec;
import io.ferret.bench.accuracy.Domain.Phrasing;
import java.util.List;

/** The six business domains the accuracy benchmark plants causes in, each in its own words. */
final class Domains {
  private Domains() {}

  static List<Domain> all() {
    return List.of(orders(), subscriptions(), tickets(), marketing(), deliveries(), churn());
  }

  private static Domain orders() {
    return new Domain("orders / revenue", "orders", "ordered_at",
        List.of(
            dimension("region", "north_america", "emea", "apac", "latam", "anz", "nordics"),
            dimension("sales_channel", "web", "mobile_app", "marketplace", "retail_store", "phone"),
            dimension("category", "electronics", "apparel", "home", "beauty", "toys", "grocery", "sports"),
            dimension("payment_method", "card", "paypal", "bank_transfer", "gift_card")),
        List.of(new NumericSpec("amount", 15, 420, true), new NumericSpec("quantity", 1, 6, true)),
        MetricKind.SUM, "amount", "coupon_code", List.of("SPRING10", "FREESHIP", "VIP20"),
        List.of(
            new Phrasing("why did revenue drop last week?", WindowKind.LAST_WEEK, Direction.DOWN),
            new Phrasing("why is revenue down this month?", WindowKind.THIS_MONTH, Direction.DOWN),
            new Phrasing("what happened to sales last week", WindowKind.LAST_WEEK, Direction.EITHER),
            new Phrasing("why did revenue go up in the last 7 days?", WindowKind.LAST_7_DAYS, Direction.UP)));
  }

  private static Domain subscriptions() {
    return new Domain("subscriptions / ARR", "subscriptions", "started_at",
        List.of(
            dimension("plan", "starter", "team", "business", "enterprise"),
            dimension("billing_cycle", "monthly", "annual"),
            dimension("acquisition_channel", "sales_led", "self_serve", "partner", "referral", "marketplace"),
            dimension("country", "US", "DE", "GB", "FR", "JP", "BR", "CA")),
        List.of(new NumericSpec("arr", 600, 48000, true), new NumericSpec("seats", 1, 250, true)),
        MetricKind.SUM, "arr", "promo_code", List.of("LAUNCH", "PARTNER15", "BLACKFRIDAY"),
        List.of(
            new Phrasing("what happened to ARR this month", WindowKind.THIS_MONTH, Direction.EITHER),
            new Phrasing("why did ARR shrink last week?", WindowKind.LAST_WEEK, Direction.DOWN),
            new Phrasing("why did new ARR grow last week?", WindowKind.LAST_WEEK, Direction.UP),
            new Phrasing("why is ARR lower in the last 7 days?", WindowKind.LAST_7_DAYS, Direction.DOWN)));
  }

  private static Domain tickets() {
    return new Domain("support tickets / volume", "tickets", "created_at",
        List.of(
            dimension("priority", "low", "normal", "high", "urgent"),
            dimension("product_area", "billing", "login", "mobile", "integrations", "reporting", "api"),
            dimension("contact_channel", "email", "chat", "phone", "web_form"),
            dimension("customer_tier", "free", "pro", "enterprise")),
        List.of(new NumericSpec("first_response_minutes", 1, 600, true)),
        MetricKind.COUNT, null, "sentiment", List.of("positive", "neutral", "negative"),
        List.of(
            new Phrasing("why did ticket volume spike last week?", WindowKind.LAST_WEEK, Direction.UP),
            new Phrasing("why are there more tickets this month?", WindowKind.THIS_MONTH, Direction.UP),
            new Phrasing("what happened to ticket volume yesterday", WindowKind.YESTERDAY, Direction.EITHER),
            new Phrasing("why did tickets fall last week?", WindowKind.LAST_WEEK, Direction.DOWN)));
  }

  private static Domain marketing() {
    return new Domain("marketing / conversion rate", "visits", "visited_at",
        List.of(
            dimension("traffic_source", "organic", "paid_search", "social", "email", "referral", "display"),
            dimension("device", "desktop", "mobile", "tablet"),
            dimension("landing_page", "home", "pricing", "blog", "product", "signup"),
            dimension("campaign", "brand", "retargeting", "summer_sale", "webinar", "none")),
        List.of(new NumericSpec("pages_viewed", 1, 20, true), new NumericSpec("seconds_on_site", 5, 900, true)),
        MetricKind.RATE, "converted", "experiment_arm", List.of("control", "variant_a", "variant_b"),
        List.of(
            new Phrasing("why did the conversion rate drop last week?", WindowKind.LAST_WEEK, Direction.DOWN),
            new Phrasing("what happened to conversion this month", WindowKind.THIS_MONTH, Direction.EITHER),
            new Phrasing("why is conversion up in the last 7 days?", WindowKind.LAST_7_DAYS, Direction.UP),
            new Phrasing("why did conversion rate fall last week", WindowKind.LAST_WEEK, Direction.DOWN)));
  }

  private static Domain deliveries() {
    return new Domain("deliveries / late rate", "deliveries", "dispatched_at",
        List.of(
            dimension("carrier", "dhl", "ups", "fedex", "usps", "local_courier"),
            dimension("warehouse", "ams", "fra", "lon", "mad", "mil", "par"),
            dimension("service_level", "standard", "express", "same_day"),
            dimension("destination", "urban", "suburban", "rural")),
        List.of(new NumericSpec("distance_km", 2, 900, false), new NumericSpec("parcel_kg", 0.1, 30, false)),
        MetricKind.RATE, "late", "packaging", List.of("box", "envelope", "pallet"),
        List.of(
            new Phrasing("why did the late rate rise last week?", WindowKind.LAST_WEEK, Direction.UP),
            new Phrasing("why are more deliveries late this month?", WindowKind.THIS_MONTH, Direction.UP),
            new Phrasing("what happened to the late rate in the last 7 days", WindowKind.LAST_7_DAYS,
                Direction.EITHER),
            new Phrasing("why did late deliveries go down last week?", WindowKind.LAST_WEEK, Direction.DOWN)));
  }

  private static Domain churn() {
    return new Domain("customer churn drivers", "customers", "signed_up_at",
        List.of(
            dimension("contract", "monthly", "annual", "two_year"),
            dimension("plan_tier", "basic", "standard", "premium"),
            dimension("billing_method", "card", "direct_debit", "invoice", "paypal"),
            dimension("home_region", "north", "south", "east", "west", "central")),
        List.of(new NumericSpec("tenure_months", 1, 72, true), new NumericSpec("monthly_charges", 15, 120, false),
            new NumericSpec("support_calls", 0, 9, true)),
        MetricKind.RATE, "churned", "referral_source", List.of("friend", "ad", "search"),
        List.of(
            new Phrasing("what drives churn?", WindowKind.NONE, Direction.EITHER),
            new Phrasing("which customers are most likely to churn?", WindowKind.NONE, Direction.EITHER),
            new Phrasing("why do customers churn?", WindowKind.NONE, Direction.EITHER),
            new Phrasing("what are the drivers of churn", WindowKind.NONE, Direction.EITHER)));
  }

  private static DimensionSpec dimension(String column, String... values) {
    return new DimensionSpec(column, List.of(values));
  }
}
