package org.triagegateway.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * Micronaut answers every request Netty found too long to read with 413 (Content Too Large), and
 * without running any filter, even when the body was never the problem. An address too long is
 * 414 (URI Too Long) and headers too long 431, so a client knows what to shorten: this answers
 * those two straight after Netty's HTTP decoder, and closes the connection, as it cannot be read on.
 */
@Singleton
final class AddressTooLong implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        ConnectionHandlers.after(event.getBean(), ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "address-too-long",
                Handler::new);
        return event.getBean();
    }

    private static final class Handler extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
                Throwable cause = request.decoderResult().cause();
                if (cause instanceof TooLongHttpLineException) {
                    ReferenceCountUtil.release(message);
                    answer(context, HttpResponseStatus.REQUEST_URI_TOO_LONG, "The address is too long",
                            "The address, with its query, is longer than the service reads.");
                    return;
                }
                if (cause instanceof TooLongHttpHeaderException) {
                    ReferenceCountUtil.release(message);
                    answer(context, HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "The headers are too long",
                            "The request's headers are longer than the service reads.");
                    return;
                }
            }
            context.fireChannelRead(message);
        }

        private static void answer(ChannelHandlerContext context, HttpResponseStatus status, String title, String detail) {
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.code()
                    + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.CONTENT_TYPE)
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set("X-Content-Type-Options", "nosniff");
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
