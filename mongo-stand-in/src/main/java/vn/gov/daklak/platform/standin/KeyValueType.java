package vn.gov.daklak.platform.standin;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Keys of a unique index in the H2 file: compared value by value in MongoDB's order (an array as a whole), written as BSON values. The
 * plain backend leaves them to {@code ObjectDataType}, which cannot compare a {@link KeyValue} and so serialises both
 * sides with an {@code ObjectOutputStream} at every step of every binary search.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        ByteBuf bson = Unpooled.buffer(64);
        try {
            for (Object value : key) {
                byte type = BsonEncoder.determineType(value);
                bson.writeByte(type);
                BsonEncoder.encodeValue(type, value, bson);
            }
            buffer.putVarInt(key.size());
            buffer.putVarInt(bson.readableBytes());
            buffer.put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        ByteBuf bson = Unpooled.wrappedBuffer(slice);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte type = bson.readByte();
            values.add(BsonDecoder.decodeValue(type, bson));
        }
        return new KeyValue(values);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 32;
        for (Object value : key) {
            memory += Sizes.ofValue(value);
        }
        return memory;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
