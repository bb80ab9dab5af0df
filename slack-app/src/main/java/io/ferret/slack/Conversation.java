package io.ferret.slack;

import java.util.function.Consumer;

/**
 * Where a question was asked and where its answer goes.
 *
 * @param channel the channel or DM id
 * @param threadTs the thread to answer in; null to answer at the top of the channel (slash commands)
 * @param user who asked
 * @param notice tells the asker privately when the bot cannot post here (a slash command's response URL);
 *     null when there is no such path
 */
record Conversation(String channel, String threadTs, String user, Consumer<String> notice) {}
