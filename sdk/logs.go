package sdk

import (
	"encoding/hex"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// The followers of the hub (the scheduler's, the market's, a requester's) read every
// event of the blocks they follow with eth_getLogs. go-ethereum decodes each log through
// encoding/json and a generated decoder, which made the decoding of the answers the
// largest share of the clients' own RPC work; decodeLogs reads the JSON the nodes send
// directly. Anything it does not expect (an escape in a string, a number, an object, a
// missing field) makes it give up, and the answer is decoded by go-ethereum's decoder,
// so its errors and results stay the reference.

// filterArg is the eth_getLogs parameter for q, as ethclient writes it.
func filterArg(q ethereum.FilterQuery) (any, error) {
	arg := map[string]any{}
	if len(q.Addresses) > 0 {
		arg["address"] = q.Addresses
	}
	if q.Topics != nil {
		arg["topics"] = q.Topics
	}
	if q.BlockHash != nil {
		arg["blockHash"] = *q.BlockHash
		if q.FromBlock != nil || q.ToBlock != nil {
			return nil, errors.New("cannot specify both BlockHash and FromBlock/ToBlock")
		}
		return arg, nil
	}
	arg["fromBlock"] = "0x0"
	if q.FromBlock != nil {
		arg["fromBlock"] = blockNumArg(q.FromBlock)
	}
	arg["toBlock"] = blockNumArg(q.ToBlock)
	return arg, nil
}

func blockNumArg(n *big.Int) string {
	switch {
	case n == nil:
		return "latest"
	case n.Sign() >= 0:
		return hexutil.EncodeBig(n)
	case n.IsInt64():
		return rpc.BlockNumber(n.Int64()).String()
	}
	return "<invalid " + n.String() + ">"
}

// logScanner reads a JSON array of logs.
type logScanner struct {
	b   []byte
	i   int
	bad bool
}

// decodeLogs decodes a JSON array of logs as types.Log's decoder does; ok is false when
// the input holds anything it does not expect (then use that decoder).
func decodeLogs(b []byte) (logs []types.Log, ok bool) {
	s := &logScanner{b: b}
	s.ws()
	if s.lit("null") {
		s.ws()
		return nil, s.i == len(s.b)
	}
	if !s.byte('[') {
		return nil, false
	}
	logs = []types.Log{}
	s.ws()
	if s.byte(']') {
		s.ws()
		return logs, s.i == len(s.b)
	}
	for {
		var l types.Log
		if !s.log(&l) {
			return nil, false
		}
		logs = append(logs, l)
		s.ws()
		if s.byte(']') {
			break
		}
		if !s.byte(',') {
			return nil, false
		}
	}
	s.ws()
	return logs, s.i == len(s.b) && !s.bad
}

func (s *logScanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// byte consumes c (after white space) if it is next.
func (s *logScanner) byte(c byte) bool {
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

func (s *logScanner) lit(w string) bool {
	if len(s.b)-s.i >= len(w) && string(s.b[s.i:s.i+len(w)]) == w {
		s.i += len(w)
		return true
	}
	return false
}

// str reads a string without escapes.
func (s *logScanner) str() ([]byte, bool) {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		return nil, false
	}
	start := s.i + 1
	for j := start; j < len(s.b); j++ {
		switch c := s.b[j]; {
		case c == '"':
			s.i = j + 1
			return s.b[start:j], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// hexBytes decodes "0x…" text of an even length (hexutil.Bytes' rules).
func hexBytes(t []byte) ([]byte, bool) {
	if len(t) < 2 || t[0] != '0' || (t[1] != 'x' && t[1] != 'X') || len(t)%2 != 0 {
		return nil, false
	}
	out := make([]byte, (len(t)-2)/2)
	if _, err := hex.Decode(out, t[2:]); err != nil {
		return nil, false
	}
	return out, true
}

// hexFixed decodes "0x…" text of exactly len(dst) bytes (common.Address, common.Hash).
func hexFixed(t []byte, dst []byte) bool {
	if len(t) != 2+2*len(dst) || t[0] != '0' || (t[1] != 'x' && t[1] != 'X') {
		return false
	}
	_, err := hex.Decode(dst, t[2:])
	return err == nil
}

// hexUint decodes a quantity as hexutil.Uint64 does (no leading zero digits).
func hexUint(t []byte) (uint64, bool) {
	v, err := hexutil.DecodeUint64(string(t))
	return v, err == nil
}

// log reads one log object.
func (s *logScanner) log(l *types.Log) bool {
	if !s.byte('{') {
		return false
	}
	var address, topics, data, txHash bool
	if s.byte('}') {
		return false // the required fields are missing
	}
	for {
		key, ok := s.str()
		if !ok || !s.byte(':') {
			return false
		}
		s.ws()
		switch string(key) {
		case "address":
			t, ok := s.str()
			if !ok || !hexFixed(t, l.Address[:]) {
				return false
			}
			address = true
		case "topics":
			if !s.byte('[') {
				return false
			}
			l.Topics = []common.Hash{}
			if !s.byte(']') {
				for {
					t, ok := s.str()
					var h common.Hash
					if !ok || !hexFixed(t, h[:]) {
						return false
					}
					l.Topics = append(l.Topics, h)
					if s.byte(']') {
						break
					}
					if !s.byte(',') {
						return false
					}
				}
			}
			topics = true
		case "data":
			t, ok := s.str()
			if !ok {
				return false
			}
			if l.Data, ok = hexBytes(t); !ok {
				return false
			}
			data = true
		case "transactionHash":
			t, ok := s.str()
			if !ok || !hexFixed(t, l.TxHash[:]) {
				return false
			}
			txHash = true
		case "blockHash":
			t, ok := s.str()
			if !ok || !hexFixed(t, l.BlockHash[:]) {
				return false
			}
		case "blockNumber", "transactionIndex", "logIndex", "blockTimestamp":
			t, ok := s.str()
			if !ok {
				return false
			}
			v, ok := hexUint(t)
			if !ok {
				return false
			}
			switch string(key) {
			case "blockNumber":
				l.BlockNumber = v
			case "transactionIndex":
				l.TxIndex = uint(v)
			case "logIndex":
				l.Index = uint(v)
			default:
				l.BlockTimestamp = v
			}
		case "removed":
			switch {
			case s.lit("true"):
				l.Removed = true
			case s.lit("false"):
				l.Removed = false
			default:
				return false
			}
		default:
			return false // a field this decoder does not know: the reference decoder decides
		}
		if s.byte('}') {
			break
		}
		if !s.byte(',') {
			return false
		}
	}
	return address && topics && data && txHash
}
