package org.triagegateway.staff;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.body.stream.BodySizeLimits;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.handler.PipeliningServerHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import org.triagegateway.web.ConnectionHandlers;

import java.util.regex.Pattern;

/**
 * A larger body limit for the evidence upload form alone. With the server's limit
 * (micronaut.server.max-request-size, 1 MB, meant for every other request, JSON included) an upload
 * over it would be cut off with a bare 413 and the adviser would lose the form. This route instead
 * accepts bodies up to {@link #CEILING}, which the controller reads as a stream, keeping no more
 * of the file than 10 MB (UploadForm), so it can answer with the form, its choices kept, and the
 * GOV.UK message. Beyond the ceiling the server's own 413 still applies (an HTML page for a browser).
 * <p>
 * Micronaut 4 has no per-route body limit, so the limit is set on the connection's request handler
 * just before each request reaches it: Netty hands a connection's requests over one at a time, in
 * order, and that handler reads the limit when it starts on a request's body. HTTP/1.1 only; over
 * HTTP/2 (not enabled) the server's limit applies to this route too.
 */
@Singleton
final class EvidenceUploadLimit implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** What an upload of one file of at most 10 MB, and a few fields, can never need; beyond it we stop reading. */
    static final long CEILING = 64L * 1024 * 1024;
    private static final Pattern ROUTE = Pattern.compile("/staff/households/[^/?#]+/evidence/?(\\?.*)?");

    private final BodySizeLimits usual;
    private final BodySizeLimits upload;

    EvidenceUploadLimit(HttpServerConfiguration server) {
        this.usual = new BodySizeLimits(server.getMaxRequestSize(), server.getMaxRequestBufferSize());
        this.upload = new BodySizeLimits(Math.max(CEILING, server.getMaxRequestSize()), server.getMaxRequestBufferSize());
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        ConnectionHandlers.before(event.getBean(), ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, "triage-upload-limit",
                Switch::new);
        return event.getBean();
    }

    static boolean isUpload(HttpRequest request) {
        return HttpMethod.POST.equals(request.method()) && ROUTE.matcher(request.uri()).matches();
    }

    /** Sets the limit for the request whose head is passing, before Micronaut's handler sees it. */
    private final class Switch extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
            if (message instanceof HttpRequest request
                    && ctx.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) instanceof PipeliningServerHandler handler) {
                handler.setBodySizeLimits(isUpload(request) ? upload : usual);
            }
            super.channelRead(ctx, message);
        }
    }
}
