package io.ferret.ingest.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;

/** Finds each topic's route, the first that matches, and subscribes a consumer to every topic a route takes. */
final class TopicRouter {
  private final List<TopicRoute> routes;
  private final Map<String, TopicRoute> byTopic = new ConcurrentHashMap<>();

  TopicRouter(List<TopicRoute> routes) {
    this.routes = List.copyOf(routes);
  }

  /** The route of a topic the consumer is subscribed to. */
  TopicRoute route(String topic) {
    return byTopic.computeIfAbsent(topic, name -> routes.stream().filter(route -> route.matches(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no route takes topic " + name + ", yet it was consumed")));
  }

  /** Subscribes by name when every route names its topic, else by one pattern that covers every route. */
  void subscribe(Consumer<?, ?> consumer, ConsumerRebalanceListener listener) {
    if (routes.stream().allMatch(route -> route.topic() != null)) {
      consumer.subscribe(routes.stream().map(TopicRoute::topic).toList(), listener);
    } else {
      consumer.subscribe(Pattern.compile(routes.stream()
          .map(route -> route.topic() != null ? Pattern.quote(route.topic()) : "(?:" + route.pattern() + ")")
          .collect(Collectors.joining("|"))), listener);
    }
  }
}
