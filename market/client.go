package market

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sdk"
)

// Client talks to a market's HTTP API. Refusals come back as *Error (with the market's
// sentence, code and HTTP status).
type Client struct {
	base string
	http *http.Client
}

// NewClient returns a client of the market at baseURL ("http://127.0.0.1:8780").
func NewClient(baseURL string) *Client {
	return &Client{base: strings.TrimRight(baseURL, "/"), http: &http.Client{Timeout: 30 * time.Second}}
}

// URL is the market's base URL.
func (c *Client) URL() string { return c.base }

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("cannot reach the market at %s: %w (is `poco market` running there?)", c.base, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("reading the market's answer: %w", err)
	}
	if resp.StatusCode >= 400 {
		e := &Error{Status: resp.StatusCode}
		if json.Unmarshal(data, e) != nil || e.Message == "" {
			e.Code, e.Message = "http", fmt.Sprintf("the market at %s answered %s: %s", c.base, resp.Status, strings.TrimSpace(string(data)))
		}
		return e
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("the market at %s answered something unexpected: %w", c.base, err)
	}
	return nil
}

// Publish puts a signed order in the book.
func (c *Client) Publish(ctx context.Context, so sdk.SignedOrder) (*Order, error) {
	var o Order
	if err := c.do(ctx, "POST", PathOrders, so, &o); err != nil {
		return nil, err
	}
	return &o, nil
}

// Order returns one order of the book.
func (c *Client) Order(ctx context.Context, h common.Hash) (*Order, error) {
	var o Order
	if err := c.do(ctx, "GET", PathOrders+"/"+h.Hex(), nil, &o); err != nil {
		return nil, err
	}
	return &o, nil
}

// Query returns a page of the book of kind.
func (c *Client) Query(ctx context.Context, kind sdk.OrderKind, f Filter) (*Page, error) {
	var p Page
	path := PathOrderbook + "/" + kind.Asset()
	if q := f.Values().Encode(); q != "" {
		path += "?" + q
	}
	if err := c.do(ctx, "GET", path, nil, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Challenge asks for a challenge to sign for addr.
func (c *Client) Challenge(ctx context.Context, addr common.Address) (*Challenge, error) {
	var ch Challenge
	if err := c.do(ctx, "POST", PathChallenge, map[string]any{"address": addr}, &ch); err != nil {
		return nil, err
	}
	return &ch, nil
}

// Signer signs a digest with an account's key (sdk.KeySigner is one).
type Signer interface {
	Address() common.Address
	SignDigest(digest [32]byte) ([]byte, error)
}

func (c *Client) unpublish(ctx context.Context, s Signer, u Unpublish) ([]common.Hash, error) {
	ch, err := c.Challenge(ctx, s.Address())
	if err != nil {
		return nil, err
	}
	sig, err := s.SignDigest(ChallengeDigest(ch.Challenge))
	if err != nil {
		return nil, err
	}
	u.Address, u.Challenge, u.Signature = s.Address(), ch.Challenge, sig
	var out Unpublished
	if err := c.do(ctx, "POST", PathUnpublish, u, &out); err != nil {
		return nil, err
	}
	return out.Removed, nil
}

// Unpublish takes the order h, published by s's account, out of the book.
func (c *Client) Unpublish(ctx context.Context, s Signer, h common.Hash) ([]common.Hash, error) {
	return c.unpublish(ctx, s, Unpublish{Hash: &h})
}

// UnpublishMany takes the orders hs (at most MaxUnpublish), published by s's account,
// out of the book with one challenge and one request; those not in the book are
// skipped. It returns the hashes removed. If any of them is someone else's, nothing is
// removed.
func (c *Client) UnpublishMany(ctx context.Context, s Signer, hs []common.Hash) ([]common.Hash, error) {
	return c.unpublish(ctx, s, Unpublish{Hashes: hs})
}

// UnpublishAll takes all the orders of kind published by s's account out of the book.
func (c *Client) UnpublishAll(ctx context.Context, s Signer, kind sdk.OrderKind) ([]common.Hash, error) {
	return c.unpublish(ctx, s, Unpublish{Kind: &kind, All: true})
}

// Categories lists the hub's categories.
func (c *Client) Categories(ctx context.Context) ([]CategoryJSON, error) {
	var out []CategoryJSON
	return out, c.do(ctx, "GET", PathCategories, nil, &out)
}

// Deals returns a page of the deals the market saw, newest first.
func (c *Client) Deals(ctx context.Context, f DealFilter) (*DealPage, error) {
	q := url.Values{}
	for _, p := range []struct {
		name string
		a    common.Address
	}{{"app", f.App}, {"dataset", f.Dataset}, {"workerpool", f.Workerpool}, {"requester", f.Requester}} {
		if p.a != (common.Address{}) {
			q.Set(p.name, p.a.Hex())
		}
	}
	if f.Limit > 0 {
		q.Set("limit", fmt.Sprint(f.Limit))
	}
	if f.After != "" {
		q.Set("next", f.After)
	}
	var p DealPage
	path := PathDeals
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return &p, c.do(ctx, "GET", path, nil, &p)
}

// Health returns the market's health (an *Error with status 503 when unhealthy).
func (c *Client) Health(ctx context.Context) (*Health, error) {
	var h Health
	return &h, c.do(ctx, "GET", PathHealth, nil, &h)
}

// Info describes the market.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	var i Info
	return &i, c.do(ctx, "GET", PathInfo, nil, &i)
}

// Stream calls fn with each change of the book (of the kinds given; all when none) until
// ctx ends, fn fails, or the connection drops.
func (c *Client) Stream(ctx context.Context, kinds []sdk.OrderKind, fn func(Change) error) error {
	q := url.Values{}
	for _, k := range kinds {
		q.Add("kind", k.Asset())
	}
	u := c.base + PathStream
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := (&http.Client{}).Do(req)
	if err != nil {
		return fmt.Errorf("cannot reach the market at %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("the market's stream answered %s", resp.Status)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 8<<20)
	for sc.Scan() {
		line := sc.Text()
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		var ch Change
		if err := json.Unmarshal([]byte(data), &ch); err != nil {
			return fmt.Errorf("the market's stream sent something unexpected: %w", err)
		}
		if err := fn(ch); err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err := sc.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return io.ErrUnexpectedEOF
}
