package org.wealthcrm.batch.schedule;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.xxl.job.core.openapi.impl.ExecutorBizImpl;
import com.xxl.job.core.server.EmbedServer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * XXL-Job's executor HTTP server bound to one interface: the same pipeline and request handler as the library's
 * {@link EmbedServer} (which always binds every interface), with {@code bind(host, port)}.
 */
final class BoundEmbedServer {

    private static final int MAX_REQUEST_BYTES = 5 * 1024 * 1024;
    private static final int IDLE_SECONDS = 90;

    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup();
    private final ThreadPoolExecutor handlers = new ThreadPoolExecutor(0, 200, 60L, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(2000), r -> new Thread(r, "xxl-job executor request"),
            (r, pool) -> {
                throw new RejectedExecutionException("xxl-job executor: all request threads busy");
            });
    private Channel channel;

    void start(String host, int port, String accessToken) throws InterruptedException {
        ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                                .addLast(new HttpServerCodec())
                                .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                                .addLast(new EmbedServer.EmbedHttpServerHandler(new ExecutorBizImpl(), accessToken,
                                        handlers));
                    }
                })
                .childOption(ChannelOption.SO_KEEPALIVE, true);
        channel = bootstrap.bind(host, port).sync().channel();
    }

    void stop() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        boss.shutdownGracefully();
        workers.shutdownGracefully();
        handlers.shutdownNow();
    }
}
