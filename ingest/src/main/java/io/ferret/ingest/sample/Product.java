package io.ferret.ingest.sample;

/**
 * One catalog item with its fixed list price.
 *
 * @param index position in the catalog, below {@link ProductCatalog#SIZE}
 */
record Product(int index, String sku, ProductCategory category, long unitPriceCents) {}
