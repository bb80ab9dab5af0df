package io.ferret.ml.probe;

import io.ferret.ml.Predicate;
import java.util.List;

/**
 * One way to describe part of a cluster: a nominal value or a numeric range, with the rows it holds for.
 *
 * @param attribute the attribute it is about
 * @param label how it reads in a description
 * @param predicates the predicates that express it (two for a closed range)
 * @param mask for each training row, whether it holds
 */
record ProfileItem(int attribute, String label, List<Predicate> predicates, boolean[] mask) {
  ProfileItem {
    predicates = List.copyOf(predicates);
  }
}
