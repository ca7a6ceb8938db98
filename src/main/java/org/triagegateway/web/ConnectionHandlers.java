package org.triagegateway.web;

import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;

import java.util.function.Supplier;

/**
 * Puts a Netty handler of ours into every connection's pipeline, just before or after one of
 * Micronaut's by name: for what Micronaut does before any filter runs (the body limit of one route,
 * the answer to an address too long to read).
 */
public final class ConnectionHandlers {

    private ConnectionHandlers() {
    }

    public static void before(NettyServerCustomizer.Registry registry, String anchor, String name, Supplier<ChannelHandler> handler) {
        registry.register(new Placed(true, anchor, name, handler, null));
    }

    public static void after(NettyServerCustomizer.Registry registry, String anchor, String name, Supplier<ChannelHandler> handler) {
        registry.register(new Placed(false, anchor, name, handler, null));
    }

    /** Each connection gets its own handler, once its pipeline is built (HTTP/1.1; on a pipeline without the anchor, none). */
    private record Placed(boolean before, String anchor, String name, Supplier<ChannelHandler> handler, Channel channel)
            implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel connection, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Placed(before, anchor, name, handler, connection) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null || channel.pipeline().get(anchor) == null) {
                return;
            }
            if (before) {
                channel.pipeline().addBefore(anchor, name, handler.get());
            } else {
                channel.pipeline().addAfter(anchor, name, handler.get());
            }
        }
    }
}
